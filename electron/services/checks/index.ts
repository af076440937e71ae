export {
  HOUSE_STYLE_FILE,
  type HouseStyleFileProblem,
  type LoadedHouseStyle,
  loadHouseStyle,
  readHouseStyleText,
  setHouseRuleEnabled,
  writeHouseStyleExample,
} from './house-style-file';
